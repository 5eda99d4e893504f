"""reconui: run and watch the vCenter Server Appliance post-restore reconciliation job."""

__version__ = "0.1.0"
