"""Reaching customers: the messaging accounts, the outbox and its sender, one message from a profile.

Doors: `accounts.MessagingAccountsService`, `one_message.MessageService`, `sender.OutboxSender`,
`adapters.SendFailure`. Broadcasts and templates build on `outbox.queue_row` and the sender.
"""
