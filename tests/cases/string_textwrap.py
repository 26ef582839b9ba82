import string
import textwrap
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("  hello   big world "), string.capwords("a-b c-d", "-"))
t = Template("$who likes ${what}; costs $$5 $who")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid(), Template("$").is_valid())
try:
    t.substitute(who="only")
except KeyError as e:
    print("KeyError", e)
try:
    Template("abc\nde $ 1").substitute()
except ValueError as e:
    print(e)
print(Template("$1 ok").safe_substitute(), Template("${a b}").safe_substitute(a=1))
f = Formatter()
print(f.format("{0} {name!r:>6} {1[0]} {obj.real:.2f} {{x}}", "a", [9], name="n", obj=2.5))
print(f.format("{} {}", 1, 2), f.format("{:{}}|", "x", 5), list(f.parse("a{0!s:>3}b{}c")))
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print(e)

text = ("The quick brown fox jumps over the lazy dog. A well-known sentence, used for "
        "testing type-faces and keyboards; it contains every letter of the alphabet.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a-very-long-hyphenated-word-here and more", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("supercalifragilistic", 10, break_long_words=False))
print(textwrap.shorten("Hello  world!   This is long", width=12), textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world and more", 15, placeholder="..."))
print(textwrap.wrap(text, 25, max_lines=2), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill("tab\there  and\nnewline", 12), textwrap.wrap("one. Two", 20, fix_sentence_endings=True))
print(repr(textwrap.dedent("    def f():\n        return 1\n  \n    x\n")), repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)))
w = textwrap.TextWrapper(width=15, break_on_hyphens=False)
print(w.wrap("well-known well-known well-known"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
