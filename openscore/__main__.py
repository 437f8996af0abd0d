from openscore.cli.app import main

main()
