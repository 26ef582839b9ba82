# time.strftime with glibc's conversions and flags on fixed tuples, asctime and ctime layouts.
import time

t = (2020, 1, 5, 7, 8, 9, 6, 5, 0)
for f in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %h", "%c", "%x %X %D %T %R %r", "%j %U %W %u %w", "%G %g %V",
          "%C %y %e %k %l %I %p %P", "%-d %-m %-H %_m %_d %05d %3j", "%^a %^B %#a %#p %10B|%-10B|", "%%|%n|%t|%Q|%E|%",
          "%F", "", "plain text", "%Y%Y", "%5%", "%Oy %Ey %EY"]:
    print(repr(f), "->", repr(time.strftime(f, t)))
for y in [1, 99, 100, 999, 1000, 9999, 10000, 0, -1, -100]:
    print(y, repr(time.strftime("%Y|%C|%y|%G|%g|%4Y", (y, 1, 1, 0, 0, 0, 0, 1, 0))))
for date in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 23, 59, 59, 3, 366, 0), (2019, 12, 30, 12, 0, 0, 0, 364, 0),
             (2016, 1, 3, 0, 0, 0, 6, 3, 0), (2026, 12, 31, 0, 0, 0, 3, 365, 0)]:
    print(date[:3], time.strftime("%G-W%V-%u %U %W %a %j", date))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z", time.gmtime(1_000_000_000)))
print(time.strftime("%H%M", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%m %d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%S", (2020, 1, 1, 0, 0, 61, 0, 1, 0)), time.strftime("%a", (2020, 1, 1, 0, 0, 0, 7, 1, 0)))
print(time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), "|", time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.asctime(time.gmtime(0)), "|", time.asctime(time.gmtime(1e9)), "|", time.asctime((10000, 10, 10, 1, 2, 3, 0, 1, 0)))
print(time.ctime(0) == time.asctime(time.localtime(0)), time.ctime(1e9) == time.asctime(time.localtime(1e9)))
print(type(time.strftime("%Y")).__name__, time.strftime("%Y") == time.strftime("%Y", time.localtime()))
