"""What every feature's services share: activity rows and optimistic locking, the service context, list
reads, settings, history.
"""
