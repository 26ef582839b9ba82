# expandvars and expanduser read the environment that os.environ writes through to.
import os

os.environ["OSPE_NAME"] = "value"
os.environ["OSPE_EMPTY"] = ""
os.environ["HOME"] = "/home/ospe_user/"
for p in ["$OSPE_NAME", "${OSPE_NAME}", "a/$OSPE_NAME/b", "$OSPE_NAME$OSPE_NAME", "$OSPE_MISSING_VAR/x",
          "${OSPE_MISSING_VAR}", "${OSPE_NAME", "$", "$$", "${}", "[$OSPE_EMPTY]", "$OSPE_NAME.txt", "$1abc", "no dollar"]:
    print(repr(p), "->", repr(os.path.expandvars(p)))
print(os.path.expandvars(b"$OSPE_NAME/${OSPE_NAME}"))
for p in ["~", "~/", "~/x/y", "x/~", "~root_surely_missing_user_ospe/z", ""]:
    print(repr(p), "->", repr(os.path.expanduser(p)))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/a"), os.path.expanduser(b"~/b"))
del os.environ["OSPE_NAME"]
print(os.path.expandvars("$OSPE_NAME"))
