"""Qt item models over plain data read from the services."""
