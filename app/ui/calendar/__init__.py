"""The calendar: month and week grids, the backlog, drag-and-drop scheduling."""
