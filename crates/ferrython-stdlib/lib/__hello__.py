"""A small frozen module for trying the frozen importer: `ferrython -m __hello__`."""

initialized = True


def main():
    print("Hello world!")


if __name__ == "__main__":
    main()
