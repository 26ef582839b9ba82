//! Where the prompt's lines come from: the line editor on a terminal, or plain lines (`-i` with
//! standard input redirected, or output redirected), where CPython writes each prompt to standard
//! error.

use std::io::{BufRead, IsTerminal, Write};

use ferrython_vm::Vm;

use super::editor::LineEditor;

/// One answer to a prompt.
pub(super) enum Line {
    /// A line, without its newline.
    Text(String),
    /// Ctrl-C.
    Interrupt,
    /// End of input: Ctrl-D on an empty line, or the end of the pipe.
    Eof,
}

pub(super) enum Input {
    Terminal(Box<LineEditor>),
    Pipe,
}

impl Input {
    /// The line editor when standard input and output are both terminals (CPython's `PyOS_Readline`
    /// uses readline only then), plain lines otherwise.
    pub(super) fn new() -> Input {
        if std::io::stdin().is_terminal()
            && std::io::stdout().is_terminal()
            && let Some(editor) = LineEditor::new()
        {
            return Input::Terminal(Box::new(editor));
        }
        Input::Pipe
    }

    pub(super) fn read_line(&mut self, vm: &mut Vm, prompt: &str) -> Line {
        match self {
            Input::Terminal(editor) => editor.read_line(vm, prompt),
            Input::Pipe => read_piped_line(prompt),
        }
    }

    /// The session is over: keep its history.
    pub(super) fn finish(&mut self) {
        if let Input::Terminal(editor) = self {
            editor.save_history();
        }
    }
}

/// CPython's `PyOS_StdioReadline`: the prompt on standard error, a line from standard input, and a
/// newline on standard error at end of input. Ctrl-C while waiting (a SIGINT interrupting the read)
/// is an interrupt, as there.
fn read_piped_line(prompt: &str) -> Line {
    let _ = ferrython_vm::objects::file::take_line_tail();
    let mut stderr = std::io::stderr();
    let _ = stderr.write_all(prompt.as_bytes());
    let _ = stderr.flush();
    let mut stdin = std::io::stdin().lock();
    let mut bytes = Vec::new();
    loop {
        let available = match stdin.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                if ferrython_vm::signals::pending() {
                    ferrython_vm::signals::clear();
                    let _ = stderr.write_all(b"\n");
                    return Line::Interrupt;
                }
                continue;
            }
            Err(_) => &[],
        };
        if available.is_empty() {
            if bytes.is_empty() {
                let _ = stderr.write_all(b"\n");
                return Line::Eof;
            }
            break;
        }
        match available.iter().position(|&b| b == b'\n') {
            Some(end) => {
                bytes.extend_from_slice(&available[..end]);
                stdin.consume(end + 1);
                break;
            }
            None => {
                let n = available.len();
                bytes.extend_from_slice(available);
                stdin.consume(n);
            }
        }
    }
    if bytes.ends_with(b"\r") {
        bytes.pop();
    }
    Line::Text(String::from_utf8_lossy(&bytes).into_owned())
}
