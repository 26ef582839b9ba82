x = "namespace member"
