// winnow-bench: accuracy and training tools (being built).
print("winnow-bench: not yet")
