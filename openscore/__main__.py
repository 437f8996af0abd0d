from openscore.cli.launch import main

main()
