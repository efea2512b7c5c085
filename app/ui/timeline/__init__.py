"""The timeline: content in lanes against a plan's stages and milestones."""
