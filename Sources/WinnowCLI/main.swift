import Winnow
print("winnow: not yet")
