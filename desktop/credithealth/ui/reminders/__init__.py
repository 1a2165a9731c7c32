"""Reminders: the running service (what is due, announced once), the due list, the
start-up digest, the tray, the .ics export, and the reminder settings tab.
"""
