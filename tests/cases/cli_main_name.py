import os

print(__name__)
print(os.path.basename(__file__))
print(__name__ == "__main__")


def main():
    print("main() called")
    return 0


if __name__ == "__main__":
    result = main()
    print("result", result)
