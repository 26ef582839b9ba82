print("b starts")
import a
print("b sees partial a:", hasattr(a, "done"))
try:
    a.done
except AttributeError as e:
    print("AttributeError:", e)
done = True
