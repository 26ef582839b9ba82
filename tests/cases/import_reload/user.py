import state
from state import f
x = state.x
