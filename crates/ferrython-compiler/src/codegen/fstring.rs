//! f-strings: `FormatValue` for each replacement field and `BuildString` to join the pieces
//! (CPython 3.11's `compiler_joined_str` / `compiler_formatted_value`).

use ruff_python_ast::{self as ast, ConversionFlag, FStringPart, InterpolatedStringElement};

use super::{Compiler, Result};
use crate::bytecode::{Constant, Instruction};

/// `FormatValue` conversion codes.
const CONV_STR: u32 = 1;
const CONV_REPR: u32 = 2;
const CONV_ASCII: u32 = 3;
const HAS_SPEC: u32 = 1 << 2;

/// Pieces pushed so far and literal text not yet pushed.
#[derive(Default)]
struct Pieces {
    count: u32,
    pending: String,
}

impl<'ast> Compiler<'ast, '_> {
    pub(crate) fn compile_fstring(&mut self, f: &'ast ast::ExprFString) -> Result {
        let loc = self.unit().loc;
        let mut pieces = Pieces::default();
        for part in f.value.iter() {
            match part {
                FStringPart::Literal(s) => pieces.pending.push_str(&s.value),
                FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut pieces)?,
            }
        }
        self.unit().loc = loc;
        self.finish_pieces(pieces);
        Ok(())
    }

    /// Push the remaining literal and join: a lone piece is left as is (`f'{x}'` is one `FormatValue`).
    fn finish_pieces(&mut self, mut pieces: Pieces) {
        if !pieces.pending.is_empty() || pieces.count == 0 {
            self.flush_literal(&mut pieces);
        }
        if pieces.count > 1 {
            self.emit(Instruction::BuildString(pieces.count));
        }
    }

    fn flush_literal(&mut self, pieces: &mut Pieces) {
        let text = std::mem::take(&mut pieces.pending);
        self.load_const(Constant::Str(text.into()));
        pieces.count += 1;
    }

    fn fstring_elements(&mut self, elements: &'ast ast::InterpolatedStringElements, pieces: &mut Pieces) -> Result {
        for el in elements.iter() {
            match el {
                InterpolatedStringElement::Literal(l) => pieces.pending.push_str(&l.value),
                InterpolatedStringElement::Interpolation(i) => {
                    // `f'{x=}'` emits the expression text (with its `=` and spacing) literally.
                    if let Some(debug) = &i.debug_text {
                        pieces.pending.push_str(debug.as_str());
                    }
                    if !pieces.pending.is_empty() {
                        self.flush_literal(pieces);
                    }
                    self.compile_formatted_value(i)?;
                    pieces.count += 1;
                }
            }
        }
        Ok(())
    }

    fn compile_formatted_value(&mut self, i: &'ast ast::InterpolatedElement) -> Result {
        let loc = self.unit().loc;
        self.compile_expr(&i.expression)?;
        let mut operand = match i.conversion {
            ConversionFlag::None => 0,
            ConversionFlag::Str => CONV_STR,
            ConversionFlag::Repr => CONV_REPR,
            ConversionFlag::Ascii => CONV_ASCII,
        };
        // The self-documenting form uses repr unless a conversion or a format spec is given.
        if i.debug_text.is_some() && operand == 0 && i.format_spec.is_none() {
            operand = CONV_REPR;
        }
        if let Some(spec) = &i.format_spec {
            let mut spec_pieces = Pieces::default();
            self.nest(|c| c.fstring_elements(&spec.elements, &mut spec_pieces))?;
            self.unit().loc = loc;
            self.finish_pieces(spec_pieces);
            operand |= HAS_SPEC;
        }
        self.unit().loc = loc;
        self.emit(Instruction::FormatValue(operand));
        Ok(())
    }
}
