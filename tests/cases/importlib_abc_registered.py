import importlib.abc
import importlib.machinery as m
import abc

print(type(importlib.abc.Loader) is abc.ABCMeta, importlib.abc.MetaPathFinder.__module__, importlib.abc.Loader.__qualname__)
print(issubclass(m.PathFinder, importlib.abc.MetaPathFinder), issubclass(m.BuiltinImporter, importlib.abc.MetaPathFinder))
print(issubclass(m.SourceFileLoader, importlib.abc.Loader), issubclass(m.FileFinder, importlib.abc.PathEntryFinder))
print(issubclass(m.FileFinder, importlib.abc.MetaPathFinder), issubclass(int, importlib.abc.Loader))


class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        return None


f = Finder()
print(isinstance(f, importlib.abc.MetaPathFinder), f.invalidate_caches(), f.find_spec("x", None))


class MyLoader(importlib.abc.Loader):
    def exec_module(self, module):
        module.value = 7


print(MyLoader().create_module(None), isinstance(MyLoader(), importlib.abc.Loader))
