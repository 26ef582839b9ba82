import time

st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday)
st = time.gmtime(1_700_000_000)
print(tuple(st)[:6], st.tm_wday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.strftime("%a %b %d %j", time.gmtime(1_000_000_000)))
print(type(time.localtime()).__name__, len(tuple(time.gmtime(0))))
print(time.mktime(time.localtime(1_234_567_890)) == 1_234_567_890)
