print("a starts")
import b
print("a sees b.done:", b.done)
done = True
