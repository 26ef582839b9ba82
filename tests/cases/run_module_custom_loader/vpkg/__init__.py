# A finder and loader written in Python, installed by the package: runpy asks the loader for
# get_code() and runs what it returns (a code object whose file is not a real path).
import sys
from importlib.machinery import ModuleSpec


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def get_code(self, name):
        if name == "vpkg.refused":
            raise ImportError(f"no code for {name} here")
        if name == "vpkg.failing":
            return {}["code of " + name]
        return compile("import sys\nprint('virtual', __name__, __spec__.name, __file__, __package__, sys.argv)\n1/0\n", "<virtual>", "exec")


class Finder:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name in ("vpkg.virtual", "vpkg.refused", "vpkg.failing"):
            return ModuleSpec(name, Loader(), origin="virtual-origin")
        return None


sys.meta_path.insert(0, Finder)
