source = """
def helper(n):
    return 100 // n

result = helper(0)
"""
print("running generated code")
exec(compile(source, "generated.py", "exec"))
