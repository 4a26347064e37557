"""The Opportunities section: the pipeline board, the list, each salesperson's figures, the detail pane and
stages.
"""
