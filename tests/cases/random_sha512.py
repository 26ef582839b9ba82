# _sha512: the digests random.seed(str) uses.
import _sha512

h = _sha512.sha512(b'abc')
print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(h.digest())
c = h.copy()
c.update(bytearray(b'def'))
c.update(memoryview(b'ghi'))
print(c.hexdigest(), h.hexdigest() == _sha512.sha512(b'abc').hexdigest())
print(_sha512.sha512().hexdigest())
print(_sha512.sha512(b'x' * 1000).hexdigest() == _sha512.sha512(string=b'x' * 1000, usedforsecurity=False).hexdigest())
h384 = _sha512.sha384(b'abc')
print(h384.name, h384.digest_size, h384.block_size, h384.hexdigest())
print(type(h).__name__, type(h384).__name__, type(h).__module__)
for bad in (lambda: _sha512.sha512('x'), lambda: _sha512.sha512(1), lambda: h.update('x'), lambda: h.update(),
            lambda: h.update(5), lambda: _sha512.sha512(b'', b''), lambda: _sha512.sha512(data=b''),
            lambda: h.digest(1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
