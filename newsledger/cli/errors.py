"""The error every sub-command raises for a problem the user can fix."""


class UserError(Exception):
    """A problem the user can fix; printed without a traceback."""
