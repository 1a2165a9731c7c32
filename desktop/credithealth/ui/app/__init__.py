"""The application shell: start-up, the main window with its menus and shortcuts, the
Preferences dialog (which hosts the features' tabs), About, Help and the user guide,
the error dialog and the screen-reader names. It puts the features together; no
feature imports it.
"""
