# enum._simple_enum and EnumType._convert_, which standard modules use to declare their enums.
import enum, sys
@enum._simple_enum(enum.IntEnum)
class HTTPStatus:
    """Statuses."""
    OK = 200
    NOT_FOUND = 404
    def phrase(self):
        return self.name.replace('_', ' ').title()
print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(404).phrase(), list(HTTPStatus), HTTPStatus.__doc__, HTTPStatus.__mro__)
@enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)
class Mode:
    R = 4
    W = 2
print(repr(Mode.R | Mode.W | 8), Mode._boundary_)
SIG_A = 1
SIG_B = 2
SIG_ALIAS = 1
Sig = enum.IntEnum._convert_('Sig', __name__, lambda n: n.startswith('SIG_'))
print(list(Sig), Sig.SIG_ALIAS, SIG_A, type(SIG_B), Sig.__module__)
