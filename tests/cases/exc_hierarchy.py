classes = [
    BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
    StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError,
    AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError,
    LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
    FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError,
    TimeoutError, ConnectionError, BrokenPipeError, InterruptedError, ReferenceError,
    RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError,
    TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
    UnicodeEncodeError, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
]
for cls in classes:
    print(f"{cls.__name__:<22} base={cls.__base__.__name__:<18} mro={[c.__name__ for c in cls.__mro__[1:]]}")
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(FileNotFoundError, OSError), issubclass(ZeroDivisionError, ArithmeticError))
print(IOError is OSError, EnvironmentError is OSError, issubclass(RecursionError, RuntimeError))
print(issubclass(bool, Exception), issubclass(ModuleNotFoundError, ImportError))
