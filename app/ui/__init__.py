"""The Qt user interface; imported only by the entry point."""
