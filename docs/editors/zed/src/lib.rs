// A Zed extension that starts `datecheck lsp` (Zed runs only the language servers an extension
// registers). Install it with "zed: install dev extension" on this folder; datecheck itself must
// be on PATH: pip install "datecheck[lsp]".
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Datecheck;

impl zed::Extension for Datecheck {
    fn new() -> Self {
        Datecheck
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let command = worktree
            .which("datecheck")
            .ok_or_else(|| "datecheck is not on PATH: pip install \"datecheck[lsp]\"".to_string())?;
        Ok(zed::Command {
            command,
            args: vec!["lsp".into()],
            env: Default::default(),
        })
    }
}

zed::register_extension!(Datecheck);
