import PlainlyCLI
PlainlyCommand.main()
