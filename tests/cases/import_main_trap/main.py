import sys
print("running as", __name__)
counter = getattr(sys, "_trap_counter", 0) + 1
sys._trap_counter = counter
import main
print("main module imported:", main.__name__, main is sys.modules["__main__"], main is sys.modules["main"])
if __name__ == "__main__":
    print("main block", sys.modules["__main__"].__name__, counter)
