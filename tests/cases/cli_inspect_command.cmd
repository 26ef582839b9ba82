-i
-c
import sys; x = 6 * 7; print(sys.argv)
extra
