# A bare SystemExit exits with status 0 and prints nothing.
print("raising SystemExit")
raise SystemExit
