"""What the warehouse is shown as: the self-contained HTML coverage report (`coverage`)."""
