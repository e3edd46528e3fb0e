"""The nurse's worklist: "My day" (tasks due and overdue across the panel) and task actions."""
