# strftime field widths: glibc pads to the width; CPython gives '' when the result outgrows its buffer.
import time

t = (2020, 1, 5, 7, 8, 9, 6, 5, 0)
for f in ["%99999999999Y", "%1000Y", "%1023Y", "%1024Y", "%1535Y", "%2000Y", "%2047Y", "%2048Y", "%3000Y", "ab%1100Y", "%2000Y%2000Y", "%4095a", "%4096a", "%2000c"]:
    r = time.strftime(f, t)
    print(f, len(r), r[:3], r[-6:])
print(time.strftime("%-5d|%_3m|%03e|%-j|%_Y|%6%|%-3%|%5e|%-5e|%5d|%-3H|%_3H|%03k", t))
