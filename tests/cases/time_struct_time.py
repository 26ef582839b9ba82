# time.struct_time: a struct sequence; gmtime/localtime/mktime round trips.
import time

st = time.gmtime(1_234_567_890)
print(st)
print(type(st).__name__, type(st).__module__, isinstance(st, tuple), len(st), st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(st[0], st[-1], st[1:3], st.tm_zone, st.tm_gmtoff, st == (2009, 2, 13, 23, 31, 30, 4, 44, 0), tuple(st)[:3])
year, mon, *rest = st
print(year, mon, rest)
s2 = time.struct_time((2020, 2, 29, 12, 30, 0, 5, 60, -1))
print(s2, s2.tm_zone, s2.tm_gmtoff)
s3 = time.struct_time([2020, 1, 1, 0, 0, 0, 2, 1, 0, "XYZ", 3600])
print(s3, s3.tm_zone, s3.tm_gmtoff, time.strftime("%Z %z", s3))
for bad in [(1,) * 8, (1,) * 12, 7, "abcdefghi"]:
    try:
        print(time.struct_time(bad))
    except TypeError as e:
        print("TypeError:", e)
for secs in [0, 86399, 86400, -1, -86401, 951782400, 1e9 + 0.9, -1.5, 253402300799, True, 2**31, -2**31]:
    print(secs, tuple(time.gmtime(secs)))
lt = time.localtime(1_000_000_000)
print(type(lt).__name__, time.mktime(lt), time.mktime(time.localtime(0)), type(time.mktime(lt)).__name__)
print(time.localtime(123.9) == time.localtime(123), time.gmtime(None)[0] >= 2024, time.localtime()[0] >= 2024)
print(time.mktime((2009, 2, 14, 0, 0, 0, 0, 0, -1)) - time.mktime((2009, 2, 13, 0, 0, 0, 0, 0, -1)))
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1), len(time.tzname), type(time.tzname[0]).__name__)
