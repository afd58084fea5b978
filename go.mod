module github.com/bal2go/bal2go

go 1.24
