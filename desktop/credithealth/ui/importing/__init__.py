"""Importing Alipay / WeChat bill files: the import dialog (choose or drop files, see
what each holds), the undoable import command, and File → Import's menu entry and
drag-and-drop on the window.
"""
