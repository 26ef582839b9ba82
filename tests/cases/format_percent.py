print("%s %s" % ("a", 1))
print("%d %i %5d %-5d| %05d %+d" % (42, 42, 42, 42, 42, 42))
print("%f %.2f %8.3f %-8.1f| %e %.2E %g" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.0001))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%r %s %a" % ("q", "q", "é"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%%d is literal, %s" % "ok")
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%d" % 3.99, "%s" % None, "%d" % True, "%.0f" % 2.5, "%.0f" % 3.5)
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
