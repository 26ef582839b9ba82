__all__ = ["public", "_private_but_listed"]
public = 1
_private_but_listed = 2
also_public = 3
_hidden = 4
