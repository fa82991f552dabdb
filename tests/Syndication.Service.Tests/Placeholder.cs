namespace Syndication.Service.Tests;
