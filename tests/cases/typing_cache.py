# Subscriptions of typing objects are cached: List[int] is List[int].
from typing import *
T=TypeVar('T')
class Box(Generic[T]): pass
print(Optional[int] is Optional[int], List[int] is List[int], Box[int] is Box[int], Union[int,str] is Union[int,str], Literal[1] is Literal[1], Callable[[int],str] is Callable[[int],str], Dict[str,T][int] is Dict[str,T][int], Annotated[int,'x'] is Annotated[int,'x'], Tuple[int] is Tuple[int])
print(Literal[1] is Literal[True], Literal[[1]] if False else '', Union[int, []] if False else '')
