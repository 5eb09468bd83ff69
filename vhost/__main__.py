import sys

from vhost.cli import main

sys.exit(main())
