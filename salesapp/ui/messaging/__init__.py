"""Messaging on screen: the accounts dialog (Settings), the compose dialog and the profile's E-mail…,
SMS… and LINE… actions, the outbox sender's thread for this window."""
